struct Buffer<const N> {
    data: [u8; N],
}

fn main() {
    let b = Buffer::<4> { data: [0; 4] };
    println!("{}", b.data.len());
}
