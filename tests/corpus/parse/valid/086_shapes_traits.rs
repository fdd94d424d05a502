// A shape hierarchy with trait objects, default methods, sorting by a float key and downcast-free dispatch.
use std::f64::consts::PI;
use std::fmt::Debug;

pub trait Shape: Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> &'static str;

    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }

    fn scale(&self, k: f64) -> Box<dyn Shape>;
}

#[derive(Debug, Clone, Copy)]
pub struct Circle {
    pub r: f64,
}

#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub w: f64,
    pub h: f64,
}

#[derive(Debug, Clone, Copy)]
pub struct Triangle(pub f64, pub f64, pub f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r.powi(2)
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
    fn scale(&self, k: f64) -> Box<dyn Shape> {
        Box::new(Circle { r: self.r * k })
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> &'static str {
        if (self.w - self.h).abs() < f64::EPSILON { "square" } else { "rectangle" }
    }
    fn scale(&self, k: f64) -> Box<dyn Shape> {
        Box::new(Rect { w: self.w * k, h: self.h * k })
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let Triangle(a, b, c) = *self;
        let s = (a + b + c) / 2.0;
        (s * (s - a) * (s - b) * (s - c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.0 + self.1 + self.2
    }
    fn name(&self) -> &'static str {
        "triangle"
    }
    fn scale(&self, k: f64) -> Box<dyn Shape> {
        Box::new(Triangle(self.0 * k, self.1 * k, self.2 * k))
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().total_cmp(&b.area()))
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 2.0 }), Box::new(Triangle(3.0, 4.0, 5.0))];
    shapes.push(shapes[0].scale(2.0));
    shapes.sort_by(|a, b| a.perimeter().partial_cmp(&b.perimeter()).unwrap());
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("largest: {:?}", largest(&shapes));
}
