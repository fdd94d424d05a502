#[derive(Debug)]
struct Blob {
    data: [u8; 6],
}

#[derive(Debug)]
enum Upload {
    Whole(Blob),
    Parts(Blob, Blob),
    Cancelled,
}

fn store(u: Upload) -> usize {
    let n = if let Upload::Whole(b) = u {
        b.data.len()
    } else if let Upload::Parts(first, _) = u {
        first.data.len() * 2
    } else {
        0
    };
    println!("stored {:?}", u);
    n
}

fn retry(u: Upload) -> usize {
    let Upload::Parts(a, b) = u else {
        println!("cannot retry {:?}", u);
        return 0;
    };
    println!("{:?}", u);
    a.data.len() + b.data.len()
}

fn main() {
    println!("{}", store(Upload::Whole(Blob { data: *b"abcdef" })));
    println!("{}", retry(Upload::Cancelled));
}
