// lints: unused_mut dead_code
// A module-level #[allow] covers everything inside it; the root still warns.
#[allow(dead_code, unused_mut, unused_variables)]
mod experimental {
    pub fn fast_path(x: u32) -> u32 {
        let mut y = x;
        let unused = 3;
        y * 2
    }

    fn slow_path(x: u32) -> u32 {
        x + x
    }

    pub struct Cache {
        hits: u32,
        misses: u32,
    }
}

mod stable {
    pub fn compute(x: u32) -> u32 {
        let mut doubled = x * 2;
        doubled
    }

    fn never_called() {}
}

fn main() {
    println!("{} {}", experimental::fast_path(4), stable::compute(5));
}
