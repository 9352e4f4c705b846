// The simulator's own words in the terminal (never Docker's or bash's, which are not translated):
// the `help` builtin and the note for real docker commands the simulator does not model. English
// and Bahasa Indonesia, like the rest of the page.

/** The languages the simulator speaks. */
export type Locale = 'en' | 'id';

const HELP: Record<Locale, string> = {
  en: `Pelabuhan simulates a Docker host. Type docker commands as you would on a real one:
  docker pull nginx         docker run -d --name web -p 8080:80 nginx
  docker ps -a              docker images          docker logs web
  docker stop web           docker rm web          docker rmi nginx
  docker volume ...         docker network ...     docker system df
  docker --help and docker COMMAND --help show the real help texts.
Shell: sleep N (the clock moves N seconds), clear, history, echo, $(...), && ; | and # comments.
Files in /home/user: pwd, cd, ls, cat, head, tail, mkdir, rm, touch, cp, mv, > >> < and <<'EOF'.
`,
  id: `Pelabuhan menyimulasikan sebuah host Docker. Ketik perintah docker seperti di host sungguhan:
  docker pull nginx         docker run -d --name web -p 8080:80 nginx
  docker ps -a              docker images          docker logs web
  docker stop web           docker rm web          docker rmi nginx
  docker volume ...         docker network ...     docker system df
  docker --help dan docker PERINTAH --help menampilkan teks bantuan aslinya.
Shell: sleep N (jam maju N detik), clear, history, echo, $(...), && ; | dan komentar #.
Berkas di /home/user: pwd, cd, ls, cat, head, tail, mkdir, rm, touch, cp, mv, > >> < dan <<'EOF'.
`,
};

/** The `help` builtin's text. */
export function shellHelp(locale: Locale): string {
  return HELP[locale];
}

/** What the simulator says for a real docker command it does not model (exit status 1). */
export function notSimulated(locale: Locale, command: string): string {
  return locale === 'id'
    ? `pelabuhan: '${command}' adalah perintah Docker sungguhan, tetapi belum disimulasikan di sini.`
    : `pelabuhan: '${command}' is a real Docker command, but this simulator does not model it yet.`;
}
