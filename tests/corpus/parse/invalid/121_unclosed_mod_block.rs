mod math {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }

    pub fn sub(a: i32, b: i32) -> i32 {
        a - b
    }

fn main() {
    println!("{} {}", math::add(1, 2), math::sub(5, 3));
}
