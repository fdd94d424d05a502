#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub(crate) y: f64,
}
struct Pair(pub i32, i32);
struct Unit;
struct Wrapper<T>(T) where T: Copy;
struct Generic<'a, T: ?Sized + 'a> { inner: &'a T }
enum Shape {
    Circle { radius: f64 },
    Rect(f64, f64),
    Empty,
}
#[repr(u8)]
enum Level { Low = 1, Mid = 5, High = 10, }
union Bits { int: u32, float: f32 }
