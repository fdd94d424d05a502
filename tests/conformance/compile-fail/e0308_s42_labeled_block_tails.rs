// Labelled blocks whose value comes from breaks and from a tail: which
// mismatch rustc reports depends on whether a break was seen before the tail.
fn f1(c: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1;
        }
    };
    x
}
fn f2(c: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1;
        }
        println!("no");
    };
    x
}
fn f3(c: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1u32;
        }
        "text"
    };
    x
}
fn f4(c: bool) -> u32 {
    let x: u32 = 'a: {
        if c {
            break 'a 1;
        }
    };
    x
}
fn f5(c: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1;
        }
        2
    };
    x
}
fn main() {
    println!("{} {} {} {} {} {} {} {} {}", f1(true), f2(false), f3(true), f4(false), f5(true), f6(true), f7(true, false), f8(false, true), f9(true));
}
fn f6(c: bool) -> u32 {
    let x: u32 = 'a: {
        if c {
            break 'a 1;
        }
        println!("no");
    };
    x
}
fn f7(c: bool, d: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1u32;
        }
        if d { 5 } else { 6 }
    };
    x
}
fn f8(c: bool, d: bool) -> u32 {
    let x = 'a: {
        if d { 5u8 } else { 6 }
    };
    let y = 'b: {
        if c {
            break 'b 1u32;
        }
        match d { true => 5u8, false => 6 }
    };
    x as u32 + y
}
fn f9(c: bool) -> u32 {
    let x = 'a: {
        if c {
            break 'a 1u32;
        }
        if c { 3u8 }
    };
    x
}
