// Functions with every qualifier, parameter form and return type.
pub fn plain() {}
fn with_params(a: i32, mut b: u8, (c, d): (i32, i32), _: bool) -> i64 { 0 }
const fn constant() -> usize { 3 }
async fn asynchronous() {}
unsafe fn dangerous(p: *const u8) -> u8 { *p }
extern "C" fn callback(x: i32) -> i32 { x }
pub(crate) const unsafe extern "C" fn all_of_them() {}
fn generic<'a, T: Clone + 'a, const N: usize>(x: &'a [T; N]) -> &'a T where T: Default { &x[0] }
fn never() -> ! { loop {} }
fn impl_trait(it: impl Iterator<Item = u32>) -> impl Fn(u32) -> u32 { |x| x }
struct S;
impl S {
    fn by_ref(&self) {}
    fn by_mut(&mut self) {}
    fn by_value(self) {}
    fn by_mut_value(mut self) {}
    fn with_lifetime<'a>(&'a self) -> &'a Self { self }
    fn typed(self: Box<Self>) {}
}
