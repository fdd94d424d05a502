fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let w = 4;
    let h = 7;
    println!("{} x {} = {}", w, h);
    println!("done: {}", area(w, h));
}
