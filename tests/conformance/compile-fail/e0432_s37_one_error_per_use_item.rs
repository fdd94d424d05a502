// One E0432 per use item: a group's unresolved members join in one error, each place once.
mod shapes { pub struct Point; pub fn area() {} }
use shapes::{Circle, Point, Square};
use shapes::{
    Tri,
    area,
    Hex,
};
use nothing::{A, B};
use shapes::{self as s, inner::{X, Y}};
fn main() { let _ = Point; area(); }
