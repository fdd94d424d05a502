fn statements() -> i32 {
    ;
    let a;
    let b: i32;
    let c = 1;
    let d: u8 = 2;
    let (e, f): (i32, i32) = (1, 2);
    fn nested() {}
    struct Local;
    use std::mem;
    if true { 1 } else { 2 };
    match c { _ => () }
    { 1 }
    unsafe { }
    loop { break }
    for _ in 0..1 {}
    while false {}
    match c { _ => 1 }.to_string();
    #[allow(unused)]
    let g = 3;
    #[cfg(test)]
    foo();
    m! { }
    m!();
    c
}
