trait Shape: Clone + std::fmt::Debug {
    const SIDES: u32;
    type Output;
    fn area(&self) -> f64;
    fn describe(&self) -> String { String::new() }
}
unsafe trait Marker {}
auto trait Auto {}
impl<T: Clone> Shape for Vec<T> where T: std::fmt::Debug {
    const SIDES: u32 = 0;
    type Output = T;
    fn area(&self) -> f64 { 0.0 }
}
unsafe impl Marker for u8 {}
impl !Send for Point {}
impl Point {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };
    pub fn new(x: i32, y: i32) -> Self { Self { x, y } }
}
impl<'a> Iterator for Chars<'a> { type Item = char; fn next(&mut self) -> Option<char> { None } }
