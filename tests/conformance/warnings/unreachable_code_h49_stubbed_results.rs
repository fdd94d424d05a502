// lints: unreachable_code unused_variables
// Stubbed-out branches: bindings whose initialiser always diverges, then used.
#[derive(Debug, Clone, Copy)]
enum Backend {
    Memory,
    Disk,
}

fn store(b: Backend, bytes: u32) -> u32 {
    let receipt = match b {
        Backend::Memory => return bytes,
        Backend::Disk => unimplemented!("disk backend"),
    };
    println!("stored with receipt {:?}", receipt);
    0
}

fn flush(pending: u32) {
    let done = if pending == 0 { return } else { todo!() };
    println!("flushed: {:?}", done);
}

fn main() {
    println!("{}", store(Backend::Memory, 64));
    flush(0);
    let _ = Backend::Disk;
}
