pub(crate) fn f() {}
pub(in crate::m) struct S(pub i32, u8);
use a::{b as c, d::*, self};
impl S { pub fn g(&mut self, x: [u8; 3]) -> &str { let y = 1; 1 } }
#[derive(Debug, Clone)]
enum E { A = 1, B(i32), C { x: i32 } }
fn h() { fn inner() {} S::g(x.y, 3).z(); }
