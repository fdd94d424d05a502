// A network report that formats values with traits they do not implement.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Addr {
    octets: [u8; 4],
    port: u16,
}

#[derive(Clone, Copy, PartialEq)]
struct Latency {
    millis: f64,
}

fn mean(samples: &[Latency]) -> f64 {
    let mut sum = 0.0;
    for s in samples {
        sum += s.millis;
    }
    sum / samples.len() as f64
}

fn main() {
    let addr = Addr { octets: [10, 0, 0, 7], port: 8080 };
    let samples = [Latency { millis: 1.5 }, Latency { millis: 2.25 }];
    // Fine: integers in hex, arrays with Debug.
    println!("{:02x}{:02x} {:?}", addr.octets[0], addr.octets[3], addr.octets);
    // Float in hex.
    println!("mean {:x}", mean(&samples));
    // Struct without Display.
    println!("addr {}", addr);
    // Struct without Debug.
    println!("first {:?}", samples[0]);
    // Port in binary is fine, the flag char in octal is not.
    let flag = 'u';
    println!("{:b} {:o}", addr.port, flag);
    // Exponent form is fine on integers and floats.
    println!("{:e} {:E}", addr.port, mean(&samples));
    assert_ne!(samples[0], samples[1]);
}
