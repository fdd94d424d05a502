fn around(n: i16) -> i16 {
    match n {
        i16::MIN..=-1 => -1,
        ..=4 => 0,
        6.. => 1,
    }
}

fn main() {
    println!("{}", around(3) + around(9));
}
