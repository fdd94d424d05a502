// comparing bytes to char literals
fn count_commas(line: &[u8]) -> usize {
    let mut n = 0;
    for &b in line {
        if b == ',' {
            n += 1;
        }
    }
    n
}

fn main() {
    let data = b"a,b,c,,d";
    let first: u8 = 'a';
    println!("{} {}", count_commas(data), first);
}
