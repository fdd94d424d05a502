// Block-like expressions used as statements without a trailing `;`, and the values they produce.
fn process(items: &[i32]) -> i32 {
    let mut total = 0;
    if items.is_empty() {
        return 0;
    }
    for x in items {
        total += x;
    }
    while total > 100 {
        total /= 2;
    }
    loop {
        if total % 2 == 0 {
            break;
        }
        total += 1;
    }
    match total {
        0 => println!("zero"),
        _ => {}
    }
    unsafe {
        total += 0;
    }
    {
        let scoped = total * 2;
        total = scoped / 2;
    }
    if total > 10 { total -= 1 } else { total += 1 }
    match total {
        n => total = n,
    }
    const { assert!(1 + 1 == 2) }
    let _ = if true { 1 } else { 2 };
    if let Some(first) = items.first() {
        total += first;
    } else if items.len() > 5 {
        total -= 1;
    } else {
    }
    total
}

fn unit_arms(flag: bool) {
    match flag {
        true => {}
        false => (),
    }
    if flag {} else {}
    {}
    ;
    ;;
    loop { break }
    while false {}
}

fn tail_block() -> i32 {
    {
        5
    }
}

fn tail_if(x: i32) -> i32 {
    if x > 0 { x } else { -x }
}

fn main() {
    println!("{}", process(&[1, 2, 3]));
    unit_arms(true);
    println!("{} {}", tail_block(), tail_if(-3));
}
