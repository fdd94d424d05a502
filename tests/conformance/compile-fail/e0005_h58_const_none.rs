// A const named None shadows the prelude's None in value position?
#[allow(dead_code)]
mod consts {
    pub const Max: i32 = 100;
}

const None: i32 = 0;

fn pick(x: i32) -> i32 {
    if x > consts::Max { None } else { x }
}

fn main() {
    let v = pick(150);
    let w = pick(7);
    println!("{} {}", v, w);
    let None = 3;
    println!("{}", None);
}
