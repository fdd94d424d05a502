// A `macro_rules!` definition with `( .. )` delimiters and no `;` after it.
macro_rules! square (
    ($x:expr) => {
        $x * $x
    };
)

macro_rules! cube {
    ($x:expr) => {
        $x * square!($x)
    };
}

fn main() {
    println!("{} {}", square!(3), cube!(2));
}
