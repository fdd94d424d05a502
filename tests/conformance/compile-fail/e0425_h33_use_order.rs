// use after its first use inside a block, and unused use in blocks.
mod math {
    pub fn sq(x: i64) -> i64 {
        x * x
    }
    pub fn cube(x: i64) -> i64 {
        x * x * x
    }
}

fn main() {
    let a = sq(3);
    use math::sq;
    {
        let b = cube(2);
        use math::cube;
        println!("{}", b);
    }
    {
        use math::cube;
        use math::sq as square;
        let c = 4;
        println!("{}", c);
    }
    let d = cube(1);
    println!("{} {}", a, d);
}
