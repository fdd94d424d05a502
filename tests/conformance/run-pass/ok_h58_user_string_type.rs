#[derive(Debug, Default, Clone, Copy)]
struct String {
    len: usize,
}

impl String {
    fn len(&self) -> usize {
        self.len
    }
}

type Result = i32;

#[derive(Debug)]
struct Vec(i32, i32);

fn total(v: &Vec) -> Result {
    v.0 + v.1
}

fn main() {
    let s = String { len: 4 };
    println!("{} {}", s.len, s.len());
    let v = Vec(1, 2);
    let r: Result = total(&v);
    println!("{:?} {}", v, r);
    let d = String::default();
    println!("{:?}", d);
}
