// lints: dead_code non_snake_case
// #[deny] on a module makes its dead code and naming lints errors; #[warn] re-enables an allowed lint.
#[deny(dead_code, non_snake_case)]
mod billing {
    pub fn invoice_total(lines: &[u32]) -> u32 {
        let mut sum = 0;
        for l in lines {
            sum += l;
        }
        sum
    }

    fn RoundUp(x: u32) -> u32 {
        (x + 99) / 100 * 100
    }
}

#[allow(unused_variables)]
mod sandbox {
    #[warn(unused_variables)]
    pub fn try_it() -> u32 {
        let temp = 5;
        1
    }

    pub fn quiet() -> u32 {
        let temp = 6;
        2
    }
}

fn main() {
    println!("{} {} {}", billing::invoice_total(&[5, 7]), sandbox::try_it(), sandbox::quiet());
}
