// `dyn` followed by no bound: rustc's parser takes `dyn` as a plain type path here
// (name resolution then reports "cannot find type `dyn`"), so parse-only accepts it.
// This is what an editor sees while `Box<dyn Shape>` is being typed.
trait Shape {
    fn area(&self) -> f64;
}

struct Scene {
    shapes: Vec<Box<dyn>>,
}

fn total(scene: &Scene) -> usize {
    scene.shapes.len()
}

fn main() {}
