fn control(n: u32, v: Option<u32>) -> u32 {
    if n > 1 { 1 } else if n == 0 { 2 } else { 3 };
    if let Some(x) = v { x } else { 0 };
    while n < 10 { break; }
    while let Some(x) = v { continue; }
    'outer: for i in 0..n {
        'inner: loop {
            if i == 2 { break 'outer; }
            continue 'inner;
        }
    }
    let value = loop { break 42; };
    let labelled = 'block: { if n > 3 { break 'block 1; } 2 };
    let Some(y) = v else { return 0 };
    match n {
        0 => 1,
        1 | 2 => { 2 }
        x if x > 10 => x * 2,
        _ => return 5,
    }
}
