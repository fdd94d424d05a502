// lints: unused_assignments unused_variables
fn scan(data: &[i32]) -> i32 {
    let mut best = 0;
    let mut last = -1;
    for &d in data {
        best = d;
        if d > 10 {
            last = d;
            break;
        }
    }
    let mut count = 0;
    count = data.len();
    let mut state = 1;
    while state < 100 {
        state *= 2;
    }
    let mut flag = false;
    loop {
        flag = true;
        break;
    }
    let mut x;
    x = 5;
    x = 6;
    println!("{} {}", x, count);
    best
}

fn main() {
    println!("{}", scan(&[1, 20, 3]));
}
