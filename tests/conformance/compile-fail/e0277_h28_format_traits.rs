// A hex dump utility that applies radix and exponent formats to the wrong types.
#[derive(Debug, Clone, Copy)]
struct Word {
    addr: u16,
    value: u32,
    parity: bool,
}

fn checksum(words: &[Word]) -> u32 {
    let mut sum: u32 = 0;
    for w in words {
        sum = sum.wrapping_add(w.value);
    }
    sum
}

fn dump(words: &[Word]) {
    for w in words {
        println!("{:04x}: {:08X} {:b}", w.addr, w.value, w.parity);
    }
}

fn stats(words: &[Word]) {
    let avg = checksum(words) as f64 / words.len() as f64;
    println!("avg {:x}", avg);
    println!("avg {:e}", avg);
    println!("first {:o}", words[0].addr as char);
    println!("all {:x?}", words);
    println!("pair {}", (words[0].addr, words[1].addr));
    println!("addrs {}", [words[0].addr, words[1].addr]);
    println!("unit {}", ());
    println!("ref {}", &&words[0].value);
}

fn main() {
    let words = [
        Word { addr: 0x10, value: 0xDEAD_BEEF, parity: true },
        Word { addr: 0x14, value: 0x0000_00FF, parity: false },
    ];
    dump(&words);
    stats(&words);
    println!("{:#010x}", checksum(&words));
}
