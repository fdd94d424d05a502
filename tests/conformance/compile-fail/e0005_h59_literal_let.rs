fn main() {
    let answer: i32 = 6 * 7;
    let 42 = answer;
    println!("the answer is {}", answer);
}
