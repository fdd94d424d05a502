// Plotting tool built on the geometry library.
use geo::{manhattan, Rect, ORIGIN};
use geo::shapes;

fn bounding(rects: &[Rect]) -> Rect {
    let mut min_x = i32::MAX;
    let mut min_y = i32::MAX;
    let mut max_x = i32::MIN;
    let mut max_y = i32::MIN;
    for r in rects {
        min_x = min_x.min(r.x);
        min_y = min_y.min(r.y);
        max_x = max_x.max(r.x + r.w);
        max_y = max_y.max(r.y + r.h);
    }
    Rect::new(min_x, min_y, max_x - min_x, max_y - min_y)
}

fn main() {
    let rects = [Rect::new(1, 2, 3, 4), Rect::new(-2, 0, 1, 1), Rect::new(5, 5, 2, 2)];
    let b = bounding(&rects);
    let mut label = "bbox";
    let count = rects.len();
    println!("{:?} area {}", b, b.area());
    println!("{}", manhattan(ORIGIN, (b.x, b.y)));
    let unused_total = {
        let t = b.w + b.h;
        t
    };
}
