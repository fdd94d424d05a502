// An array sized by a runtime variable instead of a constant.
fn main() {
    let players = 4;
    let scores = [0u32; players];
    println!("{:?}", scores);
}
