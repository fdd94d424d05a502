// Attributes written where rustc does not take them: `#[inline]` on what is
// no function, `#[derive]` on a function, inner attributes in an `if`'s
// block, and attributes on expressions.
#[inline]
enum Mode {
    Fast,
}

#[inline]
const LIMIT: u8 = 3;

#[inline]
mod helpers {}

#[inline]
impl Mode {
    fn speed(&self) -> u8 {
        1
    }
}

#[derive(Debug)]
fn build() -> u8 {
    2
}

fn main() {
    let fast = true;
    if fast {
        #![allow(unused_variables)]
        let unused = 1;
    }
    loop {
        #![allow(unused_variables)]
        let fine = 2;
        break;
    }
    let total = {
        #![allow(unused_variables)]
        LIMIT + build()
    };
    let level = #[allow(unused_parens)] (4);
    #[inline]
    let mode = Mode::Fast;
    match fast {
        true => {
            #![allow(unused_variables)]
            let ignored = 3;
        }
        false => {}
    }
    println!("{} {} {}", total, level, mode.speed());
}
