mod shapes {
    #[derive(Debug, Clone, Copy,)]
    pub enum Shape {
        Circle { r: f64, },
        Rect(f64, f64,),
        Dot,
    }
}

use shapes::{Shape,};

fn area(s: Shape,) -> f64 {
    match s {
        Shape::Circle { r, } => 3.0 * r * r,
        Shape::Rect(w, h,) => w * h,
        Shape::Dot => 0.0,
    }
}

fn pair(a: i32, b: i32,) -> (i32, i32,) {
    (a, b,)
}

fn single() -> (i32,) {
    (1,)
}

fn main() {
    let shapes: [Shape; 3] = [Shape::Circle { r: 1.0, }, Shape::Rect(2.0, 3.0,), Shape::Dot,];
    for s in shapes {
        println!("{:?} {}", s, area(s,),);
    }
    let (a, b,) = pair(1, 2,);
    let (one,) = single();
    println!("{} {} {}", a, b, one,);
    let t: (i32,) = (5,);
    println!("{:?}", t);
    assert_eq!(a + b, 3,);
    assert!(one == 1,);
}
