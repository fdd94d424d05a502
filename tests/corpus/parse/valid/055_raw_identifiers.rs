// Raw identifiers r#name for keywords (strict, reserved and edition-dependent) in every position.
#[derive(Debug)]
struct r#struct {
    r#type: String,
    r#match: u32,
    r#async: bool,
}

mod r#mod {
    pub fn r#fn() -> &'static str {
        "fn"
    }

    pub const r#const: u8 = 1;
}

fn r#try(r#in: i32) -> i32 {
    r#in + 1
}

trait r#trait {
    fn r#yield(&self) -> u8;
}

impl r#trait for r#struct {
    fn r#yield(&self) -> u8 {
        self.r#match as u8
    }
}

enum r#enum {
    r#loop,
    r#while(u8),
}

macro_rules! r#macro {
    ($r#e:expr) => {
        $r#e * 2
    };
}

fn generic<r#T: Clone>(r#x: r#T) -> r#T {
    r#x.clone()
}

fn main() {
    let r#let = r#struct { r#type: "t".into(), r#match: 3, r#async: true };
    let r#dyn = r#try(1);
    let r#await = r#mod::r#fn();
    let r#gen = r#mod::r#const;
    let plain = r#let.r#yield();
    let r#normal_ident = 5;
    let e = r#enum::r#while(2);
    let _ = r#enum::r#loop;
    let m = r#macro!(r#dyn);
    match e {
        r#enum::r#while(r#abstract) => println!("{}", r#abstract),
        r#enum::r#loop => {}
    }
    println!("{:?} {} {} {} {} {} {} {}", r#let, r#dyn, r#await, r#gen, plain, r#normal_ident, m, generic(r#let.r#async));
    println!("{}", r#let.r#type);
}
