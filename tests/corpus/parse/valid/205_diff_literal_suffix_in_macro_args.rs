// Literals with made-up suffixes inside macro arguments: any suffix lexes, and only a literal that
// reaches an expression is checked (after parsing). `stringify!` and `tt` macros never check them.
macro_rules! unit_name {
    (1km) => { "one kilometre" };
    ($n:tt) => { stringify!($n) };
}

macro_rules! css {
    ($($prop:ident : $value:tt;)*) => {
        vec![$((stringify!($prop), stringify!($value))),*]
    };
}

fn main() {
    let rules = css! { width: 100px; height: 2.5rem; color: "red"x; };
    for (prop, value) in rules {
        println!("{prop}: {value}");
    }
    println!("{} {}", unit_name!(1km), unit_name!(3mi));
}
