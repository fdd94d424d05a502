mod m {
    pub const MAX_LOANS: usize = 3;
    pub fn compute_total() -> u32 {
        1
    }
}

fn main() {
    println!("{}", m::MAX_LOAN);
    println!("{}", m::compute_totl());
}
