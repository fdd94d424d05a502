// The typestate pattern: a connection whose state is a zero-sized type parameter.
use std::marker::PhantomData;

pub struct Disconnected;
pub struct Connected;
pub struct Authenticated;

pub trait State {}
impl State for Disconnected {}
impl State for Connected {}
impl State for Authenticated {}

pub struct Conn<S: State> {
    host: String,
    log: Vec<String>,
    _state: PhantomData<S>,
}

impl<S: State> Conn<S> {
    fn transition<T: State>(mut self, event: &str) -> Conn<T> {
        self.log.push(event.to_string());
        Conn { host: self.host, log: self.log, _state: PhantomData }
    }

    pub fn history(&self) -> &[String] {
        &self.log
    }
}

impl Conn<Disconnected> {
    pub fn new(host: &str) -> Self {
        Conn { host: host.into(), log: Vec::new(), _state: PhantomData }
    }

    pub fn connect(self) -> Conn<Connected> {
        let event = format!("connect {}", self.host);
        self.transition(&event)
    }
}

impl Conn<Connected> {
    pub fn login(self, user: &str, password: &str) -> Result<Conn<Authenticated>, Conn<Connected>> {
        if password.len() >= 8 {
            Ok(self.transition(&format!("login {user}")))
        } else {
            Err(self.transition("login failed"))
        }
    }

    pub fn disconnect(self) -> Conn<Disconnected> {
        self.transition("disconnect")
    }
}

impl Conn<Authenticated> {
    pub fn query(&mut self, q: &str) -> usize {
        self.log.push(format!("query {q}"));
        q.len()
    }

    pub fn logout(self) -> Conn<Connected> {
        self.transition::<Connected>("logout")
    }
}

fn main() {
    let conn = Conn::new("db.local").connect();
    let conn = match conn.login("admin", "short") {
        Ok(_) => unreachable!(),
        Err(c) => c,
    };
    let mut auth = conn.login("admin", "long enough").ok().expect("login");
    auth.query("select 1");
    let done = auth.logout().disconnect();
    println!("{:#?}", done.history());
}
