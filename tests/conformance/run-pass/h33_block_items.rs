// Items declared after use inside blocks; valid program.
fn main() {
    let total = sum(&DATA);
    println!("{}", total);

    const DATA: [i32; 4] = [3, 1, 4, 1];

    fn sum(xs: &[i32]) -> i32 {
        let mut s = 0;
        for x in xs {
            s += x;
        }
        s
    }

    let label = {
        fn pick(n: i32) -> &'static str {
            if n > 5 { "big" } else { "small" }
        }
        pick(total)
    };
    println!("{}", label);

    struct Pair(i32, i32);
    impl Pair {
        fn swap(self) -> Pair {
            Pair(self.1, self.0)
        }
    }
    let p = Pair(1, 2).swap();
    println!("{} {}", p.0, p.1);
}
