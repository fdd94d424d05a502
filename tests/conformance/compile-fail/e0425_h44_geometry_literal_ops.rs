// Shape metrics where a constant name is misspelled inside arithmetic with literals.
const PI: f64 = 3.141592653589793;

struct Circle {
    r: f64,
}

struct Rect {
    w: u32,
    h: u32,
}

fn circle_area(c: &Circle) -> f64 {
    PI * c.r * c.r
}

fn rect_perimeter(r: &Rect) -> u32 {
    let doubled = 2 * (r.w + r.h);
    doubled
}

fn main() {
    let c = Circle { r: 2.5 };
    let r = Rect { w: 3, h: 4 };
    let circumference = 2.0 * PIE * c.r;
    let diameter = 2 * c.radius;
    let label_width: usize = 10;
    let padding = 4 * margn;
    let total_width: usize = label_width + padding;
    let exact: f32 = circumference;
    let corners: u64 = 4 * cornr_count;
    let cells: u32 = corners;
    println!("{} {} {} {}", circle_area(&c), rect_perimeter(&r), diameter, total_width);
    println!("{} {}", exact, cells);
}
