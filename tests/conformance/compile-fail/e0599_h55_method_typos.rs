// Misspelled primitive method names.
fn popcount(x: u64) -> u32 {
    x.count_one()
}

fn leading(x: u32) -> u32 {
    x.leading_zeroes()
}

fn is_letter(c: char) -> bool {
    c.is_alpha()
}

fn square(f: f64) -> f64 {
    f.sqr()
}

fn main() {
    println!("{} {} {} {}", popcount(255), leading(1), is_letter('a'), square(3.0));
}
