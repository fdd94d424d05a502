// Arrays and slices: borrowing sections, iterating, lengths and slice patterns.
fn analyze_slice(slice: &[i32]) {
    println!("first element of the slice: {}", slice[0]);
    println!("the slice has {} elements", slice.len());
}

fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values.iter() {
        total += *v;
    }
    total
}

fn describe(values: &[i32]) {
    match values {
        [] => println!("empty"),
        [one] => println!("just {}", one),
        [first, .., last] => println!("{} .. {}", first, last),
    }
}

fn main() {
    let xs: [i32; 5] = [1, 2, 3, 4, 5];
    let ys: [i32; 500] = [0; 500];
    println!("first element of the array: {}", xs[0]);
    println!("second element of the array: {}", xs[1]);
    println!("number of elements in array: {}", xs.len());
    println!("ys has {} zeros", ys.len());
    analyze_slice(&xs);
    analyze_slice(&ys[1..4]);
    println!("sum of middle: {}", sum(&xs[1..4]));
    let empty_array: [u32; 0] = [];
    assert_eq!(&empty_array, &[]);
    describe(&xs);
    describe(&xs[2..3]);
    describe(&ys[0..0]);
    for (i, x) in xs.iter().enumerate() {
        if i % 2 == 0 {
            println!("{}: {}", i, x);
        }
    }
    let mut grid = [[0u8; 3]; 3];
    for r in 0..3 {
        for c in 0..3 {
            grid[r][c] = (r * 3 + c) as u8;
        }
    }
    println!("{:?}", grid);
}
