// lints: unused_variables dead_code
// #[allow] on single items silences them while the rest of the file still warns.
#[allow(dead_code)]
fn legacy_checksum(data: &[u8]) -> u32 {
    let mut c = 0;
    for &b in data {
        c += b as u32;
    }
    c
}

fn unused_helper() -> u32 {
    7
}

#[allow(unused_variables)]
fn configure(verbose: bool, level: u8) -> u8 {
    let scratch = 0;
    level
}

fn measure(samples: &[f64]) -> f64 {
    let count = samples.len();
    samples[0]
}

#[allow(non_camel_case_types, dead_code)]
struct raw_packet {
    bytes: [u8; 4],
}

fn main() {
    println!("{} {}", configure(true, 2), measure(&[1.5, 2.5]));
}
