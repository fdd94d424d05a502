struct Buffer<'a> {
    data: &'a mut [u8],
    pos: usize,
}

fn fill<'a>(buf: &mut 'a [u8], byte: u8) {
    for b in buf.iter_mut() {
        *b = byte;
    }
}

fn main() {
    let mut storage = [0u8; 4];
    fill(&mut storage, 7);
    let b = Buffer { data: &mut storage, pos: 0 };
    println!("{} {}", b.data.len(), b.pos);
}
