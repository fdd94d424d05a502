const LIMIT: usize = 10 * 2;
const _: () = ();
static GREETING: &str = "hello";
static mut COUNTER: u32 = 0;
type Pair<T> = (T, T);
type Callback = fn(i32) -> i32;
extern "C" {
    fn abs(x: i32) -> i32;
    static errno: i32;
}
unsafe extern "C" {
    pub safe fn sqrt(x: f64) -> f64;
}
macro_rules! square {
    ($x:expr) => { $x * $x };
}
macro_rules! paren_style ( () => {} );
thread_local! { static KEY: u32 = 1; }
fn main() {}
