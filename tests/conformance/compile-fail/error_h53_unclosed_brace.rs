// Forgot to close the `if` block inside a loop; the file ends unclosed.
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn main() {
    let nums = [-3, 0, 4, 11, -7];
    let mut positives = 0;
    for n in nums {
        if classify(n) == "positive" {
            positives += 1;
        println!("{} is {}", n, classify(n));
    }
    println!("positives: {}", positives);
}
