// Recursive types through references that name themselves as `Self`
// inside their own definitions.
#[derive(Debug, Clone, Copy)]
enum Path<'a> {
    Root,
    Child { name: char, parent: &'a Self },
}

impl<'a> Path<'a> {
    fn depth(&self) -> usize {
        match self {
            Path::Root => 0,
            Path::Child { parent, .. } => 1 + parent.depth(),
        }
    }

    fn print(&self) {
        if let Path::Child { name, parent } = self {
            parent.print();
            print!("/{}", name);
        }
    }
}

#[derive(Debug)]
struct Frame {
    locals: [i32; Self::SLOTS],
    depth: usize,
}

impl Frame {
    const SLOTS: usize = 3;

    fn sum(&self) -> i32 {
        let mut s = 0;
        for v in self.locals {
            s += v;
        }
        s
    }
}

fn main() {
    let root = Path::Root;
    let usr = Path::Child { name: 'u', parent: &root };
    let bin = Path::Child { name: 'b', parent: &usr };
    bin.print();
    println!(" depth {}", bin.depth());
    let f = Frame { locals: [1, 2, 3], depth: bin.depth() };
    println!("{} {}", f.sum(), f.depth);
}
