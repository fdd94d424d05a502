// `=>` written where `>=` was meant.
fn passed(score: u32) -> bool {
    if score => 50 {
        true
    } else {
        false
    }
}

fn main() {
    println!("{}", passed(70));
}
