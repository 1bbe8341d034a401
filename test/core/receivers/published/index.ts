// Every receiving provider's published list the README's coverage table counts, in the table's order.
import {amazonSes} from './amazon-ses';
import {cisco} from './cisco';
import {comcast} from './comcast';
import {cox} from './cox';
import {exchangeOnline} from './exchange-online';
import {gmail} from './gmail';
import {godaddy} from './godaddy';
import {mailru} from './mailru';
import {mimecast} from './mimecast';
import {netease} from './netease';
import {orange} from './orange';
import {outlookCom} from './outlook-com';
import {tencent} from './tencent';
import {unitedInternet} from './united-internet';
import {yahoo} from './yahoo';
import {yandex} from './yandex';
import {zoho} from './zoho';
import type {PublishedList} from './types';

export const PUBLISHED: readonly PublishedList[] = [gmail, exchangeOnline, outlookCom, yahoo, mimecast, orange, cisco, zoho, unitedInternet, mailru, yandex, tencent, netease, comcast, cox, godaddy, amazonSes];
