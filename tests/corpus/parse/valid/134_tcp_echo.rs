// A line-based TCP echo server and client on the loopback interface, bounded in time and count.
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

fn serve_one(listener: &TcpListener) -> io::Result<usize> {
    let (stream, peer) = listener.accept()?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut writer = stream.try_clone()?;
    let mut lines = 0;
    for line in BufReader::new(stream).lines() {
        let line = line?;
        if line == "quit" {
            break;
        }
        writeln!(writer, "{peer}: {line}")?;
        lines += 1;
    }
    Ok(lines)
}

fn client(addr: std::net::SocketAddr, messages: &[&str]) -> io::Result<Vec<String>> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut replies = Vec::with_capacity(messages.len());
    for m in messages {
        writeln!(stream, "{m}")?;
        let mut reply = String::new();
        reader.read_line(&mut reply)?;
        replies.push(reply.trim_end().to_owned());
    }
    writeln!(stream, "quit")?;
    stream.shutdown(Shutdown::Write)?;
    Ok(replies)
}

fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let server = thread::spawn(move || serve_one(&listener));
    let replies = client(addr, &["hello", "world"])?;
    let served = server.join().expect("server thread panicked")?;
    println!("{served} lines echoed: {replies:?}");
    Ok(())
}
