// Casts in expressions: precedence and invalid targets.
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
}

#[derive(Clone, Copy)]
enum Flag {
    Off,
    On,
}

struct Marker;

fn main() {
    let x: i32 = 7;
    let y: i64 = 9;
    let t = Token::Plus;
    let ti = t as i32;
    let f = Flag::On as u8 as bool;
    let m = Marker as u8;
    let unit = () as u8;
    let c = 97 as char;
    let c2 = 3.5 as char;
    let c3 = true as char;
    let c4 = -1i8 as char;
    let s = "12" as u32;
    let arr = [1, 2] as u32;
    let ok = (x as i64) < y;
    let ok2 = x as i64 + y;
    let fl = Flag::Off as i32 as f64;
    println!("{} {} {} {} {} {} {} {} {} {} {} {}", ti, f, m, unit, c, c2, c3, c4, s, arr, ok, ok2);
    println!("{} {:?}", fl, Token::Num(1));
}
