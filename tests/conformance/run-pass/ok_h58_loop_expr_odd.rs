fn first_square_over(limit: i32) -> i32 {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn main() {
    let a = [loop { break 1; }, 2, loop { break 3 }];
    println!("{:?}", a);
    let mut i = 0;
    let sum = 10 + loop {
        i += 1;
        if i == 4 {
            break i;
        }
    };
    println!("{}", sum);
    let t = (loop { break 'a' }, first_square_over(50));
    println!("{:?}", t);
    let idx = a[loop { break 2usize; }];
    println!("{}", idx);
    if loop { break true } {
        println!("loop as condition");
    }
    let nested = 'outer: loop {
        loop {
            break 'outer 99;
        }
    };
    println!("{}", nested);
}
