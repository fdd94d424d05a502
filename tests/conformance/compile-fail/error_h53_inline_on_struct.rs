// `#[inline]` on a struct and derive on a fn.
#[inline]
struct Wrapper {
    v: i32,
}

fn main() {
    let w = Wrapper { v: 3 };
    println!("{}", w.v);
}
