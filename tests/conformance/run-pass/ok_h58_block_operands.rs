fn f() -> i32 {
    ({ 1 }) + 2
}

fn g() -> i32 {
    let v = { 1 } + { 2 };
    v
}

fn main() {
    let a = { 3 } * 2;
    let b = 4 - { let t = 1; t + 1 };
    println!("{} {} {} {}", a, b, f(), g());
    let c = if true { 1 } else { 2 } + 10;
    println!("{}", c);
    let d = match a { 6 => 60, _ => 0 } / 2;
    println!("{}", d);
    let e = -{ 5 };
    let h = !{ false };
    println!("{} {}", e, h);
    let u = ({ 7 } as u8) as char;
    println!("{:?}", u);
}
