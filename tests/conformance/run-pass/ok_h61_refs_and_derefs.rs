// borrowing and dereferencing done right
fn largest(values: &[i32]) -> i32 {
    let mut best = values[0];
    for v in values {
        if *v > best {
            best = *v;
        }
    }
    best
}

fn bump_all(values: &mut [i32], by: i32) {
    for v in values.iter_mut() {
        *v += by;
    }
}

fn count_matching(words: &[&str], target: &str) -> usize {
    let mut n = 0;
    for &w in words {
        if w == target {
            n += 1;
        }
    }
    n
}

fn main() {
    let mut data = [3, 9, -2, 14, 7];
    bump_all(&mut data, 1);
    let m = largest(&data);
    let words = ["red", "green", "red", "blue"];
    let reds = count_matching(&words, "red");
    for (i, w) in words.iter().enumerate() {
        match *w {
            "red" => println!("{} is red", i),
            _ => {}
        }
    }
    println!("largest={} reds={}", m, reds);
}
